/**
 * Common given names, compiled by hand from public given-name frequency lists
 * (France, Québec, English-speaking countries, German-speaking countries, Spain and
 * Latin America, Italy, Portugal and Brazil, the Arab world, West and East Africa,
 * Korea, China, Japan, Vietnam, India, Eastern Europe). Stored accent-free and lower
 * case; compare with `foldName`. Names that are also very common words in capitals
 * at sentence start (e.g. "Rose", "Grace") are kept: a given name alone never makes a
 * person, a surname must follow.
 */
const FRENCH = `
jean pierre michel andré philippe alain jacques bernard rené louis daniel claude marcel
patrick nicolas christian françois christophe georges paul roger henri gérard robert
stéphane éric eric olivier laurent sébastien frédéric pascal thierry david julien
guillaume vincent dominique serge thomas yves antoine maxime alexandre jérôme denis
didier gilles luc benoît benoit marc mathieu matthieu emmanuel arnaud cédric fabrice
franck joël hervé lionel ludovic mickaël mikael romain raphaël rémi rémy sylvain tristan
xavier yannick yann loïc loic hugo lucas léo leo louis gabriel arthur jules adam raphael
nathan ethan enzo clément clement baptiste valentin quentin florian kevin anthony jonathan
jonatan jordan dylan théo theo tom noah timothée victor martin simon bruno hubert gaston
armand edmond fernand gustave lucien maurice raymond roland albert émile emile fernand
félix felix gaëtan gaetan ghislain gilbert grégoire gregoire guy jean-claude jean-pierre
jean-marc jean-luc jean-françois jean-paul jean-louis jean-michel jean-jacques
jean-philippe jean-christophe jean-yves jean-baptiste jean-marie jean-guy jean-sébastien
pierre-yves pierre-marc pierre-luc pierre-olivier marc-andré marc-antoine marc-olivier
marc-alexandre louis-philippe charles-antoine françois-xavier paul-andré
marie anne monique françoise nathalie isabelle sylvie catherine martine christine
christiane nicole jacqueline sophie valérie valerie sandrine céline celine stéphanie
véronique veronique caroline patricia brigitte chantal dominique hélène helene élise elise
julie emilie émilie camille léa lea manon chloé chloe emma inès ines jade louise alice
lina rose anna léna lena clara sarah zoé zoe juliette lucie laura mathilde pauline margaux
océane oceane audrey aurélie aurelie claire clémence delphine élodie elodie florence
geneviève genevieve ginette huguette jocelyne johanne josée josee lise lison louise lyne
madeleine manon marguerite maryse micheline mireille murielle nadine nadia odette
pascale raymonde renée solange suzanne sylvianne thérèse therese yvette yvonne agathe
agnès agnes adèle adele albane alexandra alexia amandine amélie amelie anaïs anais
angélique annick annie arlette armelle béatrice beatrice bérénice berenice carole
cécile cecile charlotte chantale colette corinne danielle denise diane éliane eliane
eloïse éloïse estelle éveline evelyne fabienne florence francine gabrielle gisèle
gisele hélène héloïse joëlle joelle josiane karine laetitia laëtitia laurence léonie
line lucienne lydie magali marcelle marie-claude marie-christine marie-france
marie-josée marie-hélène marie-pierre marie-ève marie-eve marie-andrée marie-france
marie-noëlle marie-laure marie-thérèse marion marjolaine maude mélanie melanie
mélissa melissa michèle michele mylène mylene noémie noemie noëlle odile ophélie
patricia paule pénélope perrine rachel régine rolande roseline sabine séverine
severine simone sonia stéphane tatiana vanessa virginie viviane yolande
anne-marie anne-sophie anne-claire marie-anne rose-marie christel christelle
ghislaine jocelyn jocelyne normand réjean rejean gaétan germain ghyslain réal real
rosaire yvon yvan yves-marie laurier léandre lorraine carol marcel-andré mario
sylvio steve stève damien adrien aurélien bastien fabien lucien luc-andré régis regis hervé jean-charles
`;

const ENGLISH = `
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony antony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean shawn austin carl arthur lawrence dylan
jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
randy roy vincent ralph eugene russell bobby mason philip louis mike bill bob tom tim
jim jimmy dan danny dave steve stephen chris greg matt nick tony ben sam fred ted ed
jeff rick ricky andy ken kenny don ron pat phil doug brad chad todd troy dean glenn
glen neil neal stuart stewart ian colin gordon graham hugh duncan angus malcolm fraser
rory liam connor conor declan brendan kieran cormac seamus niall owen evan gareth
rhys dylan lloyd trevor clive nigel simon rupert giles oliver harry charlie george
alfie freddie archie leo oscar theo max jake luke joel seth caleb isaac levi wyatt
hunter carter owen landon jaxon grayson eli hudson lincoln easton colton cameron
deval barack joe kamala hillary bernie mitt marco ted rand jeb newt al dick
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla jane jenny jenna jill joanne kate katie kathy kim lori
lynn lynne peggy penny sally sue susie tina tracy wendy yvonne ava mia harper
ella avery scarlett chloe zoe lily lillian addison aubrey ellie stella natalia leah
hazel violet aurora savannah audrey brooklyn bella claire skylar paisley everly
caroline kennedy nora riley layla eleanor penelope hailey ariana allison gabriella
pauline rachel shelley holly molly polly bonnie connie carrie christy colleen erin
fiona gillian gwen kirsty maureen moira morag sheila siobhan tara una deirdre
nikki mandy kerry kristen kristin courtney whitney lindsay lindsey meredith monica
paula rita roberta sylvia valerie vera vivian wanda yolanda alison allison
tracey beth becky bethany chelsea kirsten hilary
`;

const GERMAN_DUTCH_NORDIC = `
hans jürgen jurgen klaus ludwig wolfgang dieter helmut gerhard horst günter gunter günther
manfred werner uwe frank stefan andreas thomas michael peter martin markus matthias
christian karl heinz walter friedrich wilhelm otto ernst hermann heinrich rudolf
kurt fritz joachim jörg jorg jens lars sven torsten thorsten holger rainer ralf ralph
bernd norbert volker reinhard siegfried detlef axel olaf florian tobias sebastian
alexander maximilian lukas leon finn jonas felix paul elias ben luis noah emil anton
johannes jakob moritz philipp niklas tim timo dirk kai heiko hartmut ulrich ulf
winfried gottfried horst-dieter karl-heinz hans-peter hans-jürgen franz josef sepp
markus armin cem olaf horst annalena angela ursula ulrike ute monika sabine petra
birgit claudia susanne andrea gabriele karin renate helga ingrid gisela brigitte
heike anke silke kerstin katrin kathrin christa barbara elke doris jutta martina
anja tanja nicole stefanie julia lena lea hannah mia emilia lina marie sophie
anneliese annegret hildegard gertrud irmgard elfriede margarete waltraud edith erika
frauke dagmar bettina svenja wiebke maike meike insa greta frieda ida mathilda
jan pieter piet willem johan joost bart dirk maarten sander ruud mark hendrik henk
geert frans koen wouter bram daan sem luuk thijs mette sanne anouk femke
erik erika anders björn bjorn nils gustav gustaf magnus henrik mats mattias
johan jonas oskar axel ingrid astrid sigrid karin ingeborg kristina solveig
jens søren soren niels rasmus mads mikkel frederik mette lone hanne pernille
ole knut kjell arne einar odd leif trond jonas sanna aino mikko jari timo
`;

const SOUTHERN_EUROPE_LATAM = `
josé jose juan carlos luis antonio manuel francisco javier miguel ángel angel jesús
rafael pedro pablo alejandro fernando sergio jorge alberto ricardo diego andrés
andres raúl raul ramón ramon enrique eduardo roberto mario gonzalo álvaro alvaro
ignacio iñigo íñigo rodrigo santiago mateo matías matias sebastián tomás tomas
emilio óscar oscar rubén ruben víctor hugo marcos adrián adrian martín joaquín
joaquin gustavo guillermo hernán hernan mauricio nicolás esteban felipe cristian
maría carmen ana isabel dolores pilar teresa rosa lucía lucia paula laura marta
cristina elena sara sofía sofia martina valentina camila daniela gabriela
fernanda andrea alejandra verónica patricia claudia beatriz rocío rocio silvia
mercedes inmaculada concepción montserrat núria nuria gloria esperanza ximena
marco giuseppe giovanni antonio mario luigi francesco alessandro andrea stefano
roberto paolo luca matteo lorenzo leonardo riccardo federico davide simone fabio
massimo maurizio sergio salvatore vincenzo domenico carlo gianni enrico emanuele
pietro raffaele giorgio alberto claudio franco bruno silvio romano dario mattia
giulia francesca chiara sara alessia martina giorgia elisa federica valentina
silvia paola elena laura anna maria rosa lucia giovanna antonella cristina
serena roberta barbara monica daniela simona manuela eleonora beatrice ilaria
joão joao paulo pedro tiago rui nuno miguel sérgio sergio vítor vitor ricardo
luiz luis gonçalo goncalo duarte afonso diogo rodrigo lula jair dilma fernanda
ana beatriz mariana inês ines leonor matilde catarina joana rita margarida
luísa luisa helena sandra patrícia marta cláudia
`;

const ARABIC_MAGHREB_MIDDLE_EAST = `
mohamed mohammed muhammad mohammad ahmed ahmad ali hassan hussein hussain houssein
omar oumar umar khaled khalid mahmoud mustafa moustafa mostafa youssef yousef youssouf
yusuf ibrahim brahim ismail ismaïl ismael abdel abdelaziz abdellah abdallah
abdelkader abderrahmane abdelhak abdelilah abdelmajid abdelhamid abdeslam abdou
abdoul abdul abdulla abdullah adel adil adnan amine amin anouar anwar ayoub aziz
bilal fouad farid faouzi fayçal faycal fethi habib hamid hamza hakim hicham hisham
idriss idris imad issam jamal jamel kamal kamel karim kader khalil lahcen lakhdar
larbi mehdi mounir mourad mouloud mokhtar nabil nacer nasser nadir nordine noureddine
nourredine rachid rached rafik redouane ridha riad riyad said saïd saad salah salim
samir sami sofiane soufiane tarek tarik tahar taoufik tawfik walid wassim yacine
yassine yassin younes youness zakaria zakariya zine zinedine hakima hassane moulay
driss aziz aïcha aicha amina aminata asma assia faiza fatima fatiha fatma farida
hafsa hanane hayat hind houda imane iman jamila karima khadija latifa leila leïla
layla lamia lina loubna malika mariam meriem myriam nabila nadia naima naïma najat
nawal nora noura nour rachida rania rim salma samira sana sanaa siham soraya souad
sonia wafa yasmina yasmine zahra zohra zineb zaynab zeinab zakia hala rana dina
mouna nisrine ghada hiba huda lubna maha mona reem rima ruba sawsan
reza ali-reza hossein mehmet mustafa recep ahmet emine ayşe ayse fatih kemal
`;

const AFRICAN = `
amadou mamadou moussa ousmane oumar boubacar abdoulaye abdourahmane ibrahima
souleymane seydou sekou sékou lamine alioune aliou modou cheikh cheick babacar
bakary bakari issa idrissa mamadi mahamadou adama sidiki siaka yacouba kalifa
drissa lassina lassana salif bassirou macky karim ousseynou pape serigne
aboubacar alassane habib kader koffi kofi kwame kwaku kwabena kojo yaw akwasi
kouassi kouadio konan kouamé kouame yao n'guessan guillaume-kigbafori amani
desire désiré firmin léon honoré innocent joachim prosper emmanuel blaise
patrice félix felix laurent denis nelson thabo jacob cyril kgalema jacob mmusi
olusegun goodluck muhammadu bola yemi chinua wole chidi emeka ikenna obinna
chukwuemeka uche nnamdi tunde tunji femi kunle segun babatunde adewale
kayode olumide oluwaseun jomo uhuru raila william kenyatta mwai daniel
yoweri paul pierre-claver évariste evariste faustin-archange joseph kabila
félix-antoine tshisekedi alpha sékou idriss mahamat ismail omar abiy
aminata fatou fatoumata awa khady coumba mariama mariam aissatou aïssatou
ndeye ndèye astou adja bineta dieynaba kadiatou oumou rokia rokhaya seynabou
aïda aida nafissatou kadi adjoa akosua ama abena efua esi afua yaa
ngozi chimamanda folake funmilayo funke yetunde bisi amina wangari
ellen joyce winnie graça graca samia sahle-work
`;

const ASIAN = `
min-jun min-ji seo-yeon ji-hoon ji-woo ji-yeon ji-min ji-ho seo-jun do-yoon ha-eun
su-bin hyun-woo hyun-jin jae-in jae-yong moon-jae suk-yeol yoon-suk geun-hye
myung-bak ki-moon ban dong-hyun sung-ho young-ho young-hee kyung-soo eun-ji
jin-woo sang-hoon jong-un kim lee park choi jung kang cho yoon jang lim han oh seo
shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam
wei jing li na min jun yan lei jie tao ming hui hua hong xin yu ying lan
xi jinping keqiang qiang yong jian jun hao chen yi xiao mei
hiroshi takashi kenji akira yuki haruto sota yuto hinata yui aoi yuna shinzo fumio
yoshihide kenta daisuke takeshi satoshi koji naoki ryo taro jiro shigeru toshio
akiko keiko yoko naoko yumiko mariko sakura hana emi kaori
nguyen thanh minh tuan hung duc anh linh lan mai huong trang phuong hoa thi van
rahul amit raj ravi sanjay vijay anil sunil suresh ramesh rajesh arun ashok
narendra manmohan deepak vikram arjun rohan aditya karan nikhil prakash pradeep
priya anjali sunita neha pooja kavita deepa lakshmi indira sonia meera shreya
sundar satya nandan ajay piyush percy
`;

const EASTERN_EUROPE_OTHER = `
vladimir dmitri dmitry sergei sergey alexei aleksei andrei andrey ivan nikolai
mikhail yuri boris oleg igor pavel viktor volodymyr petro oleksandr olena
anastasia natalia olga tatiana svetlana irina ekaterina yulia elena marina
jan piotr pawel paweł tomasz krzysztof andrzej marek michał michal lech
agnieszka katarzyna magdalena malgorzata małgorzata ewa joanna beata
zoltan zoltán lászló laszlo viktor istván istvan péter gábor gabor
milan petr pavel tomas tomáš jiří jiri josef václav vaclav zdeněk
nikos nikolaos giorgos georgios konstantinos dimitris yannis kyriakos alexis
aleksandar dragan goran zoran milos miloš nenad vesna jelena ana
vuk mirko stjepan ante ivo
`;


// Further names from public national given-name frequency lists (ONS, National Records
// of Scotland, CSO Ireland, Statistics Netherlands and Norway, INE Spain and Mexico,
// IDESCAT), and common names of West, East and Southern Africa, Madagascar, the
// Pacific, Haiti, India and Korea.
const BRITISH_IRISH_CELTIC = `
aoife aisling ailbhe caoimhe ciara clodagh niamh orla orlaith saoirse sinead sinéad siobhan siobhán
roisin róisín grainne gráinne eimear eabha éabha meabh méabh una úna nuala deirdre fionnuala mairead
cian cillian darragh donal dónal eoin fergal fionn oisin oisín padraig pádraig ronan ruairi ruairí
seamus séamus tadhg colm conor cathal diarmuid enda niall odhran oran shane declan kieran ciaran
rhiannon rhian siân sian cerys ffion eleri delyth angharad bethan carys catrin eirlys gwen gwenllian
glesni heledd lowri manon megan meinir nerys sioned teleri mared elin
dafydd dewi emyr gareth geraint gethin gruffydd gwilym huw iestyn ieuan ioan iolo llyr llŷr
meirion owain rhodri rhys sion siôn tomos trefor wyn aled alun arwel elis
ewan euan dougal dugald hamish lachlan alasdair alastair alistair calum callum
craig duncan fergus gregor iain murdo ruaridh ruairidh struan torquil
eilidh kirsty kirsten mhairi morag moira shona catriona ailsa fiona lorna rhona
mervyn bradley brad lyn lynn lynne jess jessie dougie
`;

const MORE_EUROPE = `
sofie sofia mette hanne hilde inger ingrid kari marit randi solveig ragnhild sigrid
turid unni bjorg bjørg torill wenche siri ingvild kristin kjersti trine
jochen jürgen jurgen uwe dieter heinz horst klaus rainer ralf wolfgang volker detlef
marieke anouk annelies femke fleur ilse inge janneke lieke mieke nienke sanne saskia
marloes eline lotte wilma esther
bram daan gijs joost joris jeroen kees koen maarten niels ruud sjoerd stijn
thijs tijs wouter sander ruben jasper bart dirk hendrik henk jaap jan-willem
jordi josep joan pere oriol arnau marc-antoni xavier enric ferran lluis lluís
jaume quim roger gerard albert nuria núria montserrat montse mercè merce roser
laia jana aina meritxell anna-maria neus rosa gemma txell ariadna
hector héctor octavio rodolfo marisol ramiro rigoberto gilberto humberto heriberto
adalberto leopoldo arturo armando ignacio lorenzo ulises efrain efraín
lupita yolanda rocio rocío xochitl ximena itzel citlali araceli leticia
`;

const MORE_AFRICA_PACIFIC = `
kodjo kokou komlan koami kossi kwami yawo komi selom senam mawuli
akosua afua abena efua adwoa akua ekua akos
rachida zenabou zénabou ramatou ramata haoua salamatou fanta
romuald serge-eric gervais hippolyte parfait fidele fidèle dieudonne dieudonné
sylvestre anicet arsène arsene armel ulrich landry wilfried aristide bienvenu
kelechi chiamaka ngozi chioma adaeze nkechi amaka ifeoma funmilayo folake yetunde
bukola adaora tolu tolulope ayodele oluwadamilare damilola temitope
wanjiru wanjiku akinyi achieng atieno njeri nyambura wambui kamau otieno odhiambo
sipho thandiwe thandi nomvula lindiwe nandi zanele themba bongani mandla lwazi
sibusiso nkosinathi zola mpho lerato palesa kagiso tshepo refilwe naledi
rindra haingo fanja voahangy mialy nirina tojo andry
ngaire aroha anahera hemi manaia wiremu kiri
keoni kalani leilani malia noelani makana teva tehani moeata heimana vaiana
mirlande nadege nadège marjorie rose-marie jean-robert wilner fritz
anoop anup rajesh-kumar sandeep sudhir sanjeev manoj naveen vinod harish girish
dinesh mahesh ganesh lalit rakesh mukesh yogesh kamal bimal sunita-devi rekha
seema geeta gita usha asha nisha ritu shalini swati divya
ji-hye ji-eun ji-won ji-yoon ji-su ji-soo su-jin su-min su-yeon seo-hyun so-yeon
hye-jin hye-won eun-young eun-jung min-seo min-jae min-ho jun-ho jun-seo jae-hyun jae-won
sang-woo seung-hoon seung-woo tae-hyun tae-yang young-soo yong-soo dong-wook
`;

const MORE = `
adrienne alexandrine aline amandine ambre amira anabelle annabelle anne-julie anne-laure
anne-lise antonin apolline augustin aurore axelle barthelemy barthélémy benedicte
bénédicte blanche brice capucine cassandre cedrick charlène charlene charles
charles-andré charles-étienne clarisse claude-andré coralie corentin cyril cyrille
danièle daniele dorothée dorothee edith édith edouard édouard eléonore eleonore
elisabeth élisabeth eloi éloi emeline émeline emmanuelle erwan etienne étienne eugène
eugene evelyne éveline fanny faustine flavie florent francis françois-philippe
frédérique frederique gaël gael gaëlle gaelle gauthier gautier geoffrey geoffroy gervais
ghislaine gildas gino gisèle gregory grégory guylaine hadrien hippolyte honorine hugues
ignace irène irene isidore jacinthe jasmin jasmine jean-denis jean-eudes jean-félix
jean-francois jean-nicolas jean-rené jean-simon jean-thomas jeanne jeannine jérémie
jeremie jérémy jeremy joanie joanne jocelin joëlle johanne josiane judith justine katia
kateri laure léon leon léonard leonard léopold leopold liliane loïk louis-charles
louis-david louis-étienne louis-marie lucile ludivine luce maël mael maëlle maelle malik
marc-antoine marc-étienne marianne marie-annick marie-chantal marie-claire marie-lou
marie-soleil marielle marine marjorie martial mathias mathis maximilien médéric mederic
melina mélina michaël mickael morgane nadège nadege nathanaël nathanael noé noe noël
noel norbert octave odilon oriane pacôme patrice paul-émile paul-henri philibert
philippe-antoine pier-luc pierre-alexandre pierre-andré pierre-étienne pierre-hugues
pierre-paul prosper rachelle raoul régine rodolphe romane rosalie roxane sabrina salomé
salome ségolène segolene sévérine solène solene sylvestre tancrède thibault thibaut
thibaud tiphaine ulysse urbain valentine vianney victorien vivien wilfrid xavière
yolaine zacharie blaine dennis maura healey brent brenda brendan brett brody bryce
calvin chad clayton clint cody cole curtis dale dalton darren darryl derek devin dexter
dominic drew dustin dwight earl elliot elliott ernest everett floyd forrest garrett
gavin gene gilbert glenn grant gus harvey herbert homer howard irving jared jarrod jay
jeffery jerome jon jonah josh judd kirk kurt lance leland leroy lester lionel lonnie
lowell luther marvin maurice melvin mitchell monte morgan myron nelson norman orville
otis perry preston quinn ramsey randall reed reginald rex rod rodney rolf ron ross roy
rudy rusty seymour shane sheldon sherman sidney stanley sterling tanner terrence travis
trent tucker tyrone vance vernon wade wallace ward warren wendell wesley wilbur willard
winston woodrow abby adele adrienne agnes alexa alicia allie alma amelia annette
antoinette april arlene audra autumn bernadette bertha beverley blanche brianna bridget
brooke camille candace cara carla carmen carole cassie cecilia celeste charlene cheryl
clara claudette cora daisy dana darlene dawn della diana dianne dixie dolores dora edna
eileen elaine eleanor elena ella eloise elsie emma erica erika esther ethel eva faith
fay felicia flora francine freda gail gayle geneva georgia geraldine gertrude gina
ginger gladys glenda hattie heidi henrietta ida imogen inez irene iris irma isabel ivy
jan jana janelle janie jeanette jeannie jessie jo joann jodi josephine juanita june kara
kari karla kate katrina kay kendra krista kristina kristine laverne leona leslie lillie
lois lola lorena loretta lorraine louise lucille lucy luz mabel madeline mae maggie
marcia margarita marian marianne marion marjorie marlene marsha maureen maxine melanie
melba mildred millie minnie miranda miriam misty myra myrtle naomi nellie nina noreen
olga opal patsy pearl phyllis priscilla ramona regina renee rhonda robin rochelle
rosalie rosemary roxanne sabrina sadie sherri sheryl sonja stacey stacy stella sue
susanne suzanne sylvia tabitha tamara tami tammy tanya terri thelma tonya trisha valarie
velma verna vicki vickie viola wilma ahmadou bamba birame boubou cheikhou demba djibril
el-hadji elhadji fodé fode gorgui ismaila kalidou khadim khalifa lat maodo matar mbaye
mor moustapha niokhor pathé pathe saliou samba sidy tidiane thierno yoro youssou aya
adjoua affoue akissi amenan bintou kadidia massandje nafi salimata tenin aboudramane
bertin charles-blé tiémoko tiemoko vamara zié zie aristide armel arsène arsene césaire
cesaire clotaire cyprien dieudonné dieudonne edgard emery fulbert godefroy hilaire
jean-bosco marie-madeleine modeste parfait rodrigue théodore theodore wilfried amara
baba boubakar daouda diakaridia fousseyni lansana modibo nouhoum oumarou sory chukwuma
ifeanyi oluwafemi adebayo adeola adesuwa aisha bukola chiamaka chinonso chioma damilola
ebuka folasade ifeoma kemi nkechi nneka olamide oluwadamilare temitope tobi tolu toyin
yewande zainab abebe alemu amare bekele dawit fikre getachew girma haile kebede mesfin
tadesse tesfaye tsegaye wondimu yohannes almaz hiwot meron selam tigist akinwumi baraka
kiprono kipchoge wanjiru wambui njeri nyokabi muthoni atieno achieng otieno omondi
odhiambo ochieng kamau mwangi njoroge kariuki mutua wafula tendai tatenda farai chipo
rudo nyasha tapiwa thandiwe sipho themba bongani lindiwe nomvula zanele thabang mpho
lerato naledi palesa kagiso tebogo hamadi haroun abakar dorsaf olfa sabra rym yosra
aziza ghofrane emna fakher kais kaïs slim moncef hichem chokri lotfi mehrez mongi naceur
béji beji abdelmadjid abdelmalek azzedine boualem boubekeur chakib djamel nourdine
slimane tayeb nizar ilyas mohcine ahlam asmae hajar houria kenza khaoula manal meryem
nezha oumaima rajae sanae wiam
`;

/** Tokens that look like given names but must not start a person ("Saint-Louis"). */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'saint', 'sainte', 'st', 'ste', 'san', 'santa', 'santo', 'sao', 'mont', 'port',
  'fort', 'lac', 'cap', 'val', 'bay', 'new', 'north', 'south', 'east', 'west',
  'van', 'thi', 'al', 'bill', 'may', 'son', 'will', 'don', 'oh', 'ko', 'so', 'an',
  'april', 'june', 'august', 'autumn', 'ward', 'grant', 'lance', 'healey', 'summer', 'china',
]);

/** Lower-case, accent-free form used for every lexicon lookup. */
export function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’]/g, "'");
}

function compile(...lists: string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const list of lists)
    for (const word of list.split(/\s+/)) if (word) names.add(foldName(word));
  for (const word of NOT_GIVEN_NAMES) names.delete(word);
  return names;
}

export const GIVEN_NAMES: ReadonlySet<string> = compile(
  FRENCH,
  ENGLISH,
  GERMAN_DUTCH_NORDIC,
  SOUTHERN_EUROPE_LATAM,
  ARABIC_MAGHREB_MIDDLE_EAST,
  AFRICAN,
  ASIAN,
  EASTERN_EUROPE_OTHER,
  MORE,
  BRITISH_IRISH_CELTIC,
  MORE_EUROPE,
  MORE_AFRICA_PACIFIC,
);
